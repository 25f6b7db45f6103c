import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a}from"./chunk-YEDC26IW.js";import"./chunk-PQB4ZDAM.js";import"./chunk-UTL6LXQU.js";import"./chunk-K72FIY52.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
