/**
 * One seed for every property test of a run (fast-check's global setting), so that `npm test` is
 * the same test every time and a failure on CI can be replayed. `HAMISH_PROPERTY_SEED=<n>` runs
 * them with another seed, to look for new counterexamples; each one found becomes an `examples`
 * entry of its test.
 */
import fc from 'fast-check';

const seed = Number(process.env.HAMISH_PROPERTY_SEED ?? 20261205);
if (!Number.isSafeInteger(seed))
  throw new Error(`HAMISH_PROPERTY_SEED is not an integer: ${process.env.HAMISH_PROPERTY_SEED}`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
