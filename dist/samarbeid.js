import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{vb as a}from"./chunks/chunk-YXJZV7QC.js";import"./chunks/chunk-XXM4VQB4.js";export{a as main};
