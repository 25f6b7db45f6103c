import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a}from"./chunk-RF3QV3OZ.js";import"./chunk-TWSZXI7P.js";import"./chunk-UU5XEYLD.js";import"./chunk-X6WLCPHP.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
