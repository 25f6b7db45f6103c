import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as a}from"./chunk-AAAU7M5V.js";import"./chunk-6HYTVCDQ.js";import"./chunk-BBLORBA6.js";import"./chunk-ERPWSSNB.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
