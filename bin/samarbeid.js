#!/usr/bin/env node
import { main } from '../dist/samarbeid.js';

main(process.argv);
