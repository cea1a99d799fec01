declare module 'virtual:hamish/config' {
  const config: import('./integrations/config.ts').HamishConfig;
  export default config;
}
