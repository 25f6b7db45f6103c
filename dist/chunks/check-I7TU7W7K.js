import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{b as a}from"./chunk-COQN6RO7.js";import"./chunk-BV2AXOPT.js";import"./chunk-UKM5ZZPT.js";import"./chunk-EAZOFLZG.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
