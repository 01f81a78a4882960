#!/usr/bin/env node
// `pnpm start`: until the workstation lands, say what is here and how to use it.
console.log(`Order75 Kit

The workstation (examples/workstation) is not built yet. What you can use now:
  pnpm test                         run every test
  pnpm bench                        measure against DESIGN.md's targets
  pnpm --filter @order75/cli build  then: node packages/cli/dist/bin.js --help
`);
