import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{ub as a}from"./chunks/chunk-K3MZU6UA.js";import"./chunks/chunk-XXM4VQB4.js";export{a as main};
