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
