import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);
import{a}from"./chunk-2LRPPPSM.js";import"./chunk-5ZMWMHP2.js";import"./chunk-QUPBFJOP.js";import"./chunk-KFHL7S3U.js";import"./chunk-XXM4VQB4.js";export{a as checkWorkspace};
