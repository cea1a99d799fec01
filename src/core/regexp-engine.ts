/**
 * How this process's regular expressions are compiled. The cleaner's built-in patterns are some
 * 330 kB of regular expressions, each run on the lines of the first page cleaned. V8 compiles a
 * regular expression to bytecode for its interpreter first, then to machine code once it has run
 * ("tier-up"); for patterns this large the bytecode costs more to make than the machine code, and
 * matching with it is slower. Compiling each straight to machine code halved the cost of a fresh
 * process's first page (docs/cleaning.md, "What the patterns cost to compile"). The setting is the
 * process's, not the cleaner's alone; every other regular expression is compiled once, natively, too.
 * Imported for its effect, first, by the module that compiles the patterns (`ingest/furniture.ts`).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
