// @ts-check
// The project's Astro config with Hamish's options from BENCH_HAMISH_OPTIONS (JSON), e.g.
// `{"books":false}`: `npm run bench` builds the same site with a feature turned off, to measure its cost.
import config from '../astro.config.mjs';
import { hamish } from '../src/integrations/hamish.ts';

export default {
  ...config,
  integrations: [hamish(JSON.parse(process.env.BENCH_HAMISH_OPTIONS ?? '{}'))],
};
