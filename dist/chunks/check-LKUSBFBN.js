import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a}from"./chunk-3JY4HAOR.js";import"./chunk-GTXQNFTW.js";import"./chunk-536TQR4T.js";import"./chunk-4MI6H2WF.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
