declare module 'virtual:hamish/config' {
  const config: import('./integrations/config.ts').HamishConfig;
  export default config;
}
declare module 'virtual:hamish/assets' {
  /** The address of the logo the options set, bundled by Vite. */
  export const logo: string | undefined;
  /** The address of the sharing image the options set as a file, bundled by Vite. */
  export const image: string | undefined;
  /** The address of the favicon the options set, bundled by Vite. */
  export const favicon: string | undefined;
}

// The components a publisher may replace (src/integrations/components.ts): the publisher's file, or
// Hamish's; `virtual:hamish/defaults/…` is always Hamish's. Either takes the props of Hamish's.
declare module 'virtual:hamish/components/SiteHeader' {
  export { default } from 'virtual:hamish/defaults/SiteHeader';
}
declare module 'virtual:hamish/components/SiteFooter' {
  export { default } from 'virtual:hamish/defaults/SiteFooter';
}
declare module 'virtual:hamish/components/PageHead' {
  export { default } from 'virtual:hamish/defaults/PageHead';
}
declare module 'virtual:hamish/components/HomeIntro' {
  export { default } from 'virtual:hamish/defaults/HomeIntro';
}
declare module 'virtual:hamish/components/EditionHeader' {
  export { default } from 'virtual:hamish/defaults/EditionHeader';
}
declare module 'virtual:hamish/components/EditorialNote' {
  export { default } from 'virtual:hamish/defaults/EditorialNote';
}
declare module 'virtual:hamish/defaults/SiteHeader' {
  const component: typeof import('./components/SiteHeader.astro').default;
  export default component;
}
declare module 'virtual:hamish/defaults/SiteFooter' {
  const component: typeof import('./components/SiteFooter.astro').default;
  export default component;
}
declare module 'virtual:hamish/defaults/PageHead' {
  const component: typeof import('./components/Head/PageHead.astro').default;
  export default component;
}
declare module 'virtual:hamish/defaults/HomeIntro' {
  const component: typeof import('./components/HomeIntro.astro').default;
  export default component;
}
declare module 'virtual:hamish/defaults/EditionHeader' {
  const component: typeof import('./components/EditionHeader.astro').default;
  export default component;
}
declare module 'virtual:hamish/defaults/EditorialNote' {
  const component: typeof import('./components/EditorialNote.astro').default;
  export default component;
}
