// Floating-point functions that return what CPython on glibc returns, bit for bit in all but rare cases.

export { exp, exp2 } from './exp.ts';
export { log, log2, log10 } from './log.ts';
export { pow } from './pow.ts';
export { cos, sin, tan } from './trig.ts';
export { acos, asin, atan, atan2 } from './inverse-trig.ts';
export { acosh, asinh, cosh, sinh } from './hyperbolic.ts';
export { vectorNorm } from './hypot.ts';
