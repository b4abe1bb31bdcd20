/**
 * Import rules checked by `npm run lint` (dependency-cruiser). Type-only imports count too
 * (tsPreCompilationDeps), since a cycle through types still ties the files' meanings together.
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import cycles, type-only imports included: a folder's parts never import its index.",
      from: {},
      to: { circular: true },
    },
    {
      name: "engine-is-pure",
      severity: "error",
      comment: "engine/ is the functional core: nothing from adapters/, bench/ or test/.",
      from: { path: "^engine/", pathNot: "\\.test\\.ts$" },
      to: { path: "^(adapters|bench|test)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|proto/gen|\\.tmp|bench/results)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
