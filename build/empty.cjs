// Stands in for tsx/cjs in the bundled CLI (build/cli.vite.config.mts): its sources are already compiled.
