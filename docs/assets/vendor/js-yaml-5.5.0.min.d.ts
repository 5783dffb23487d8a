/* Types for tsc --checkJs (tests/js/tsconfig.json): the vendored library is used as it comes, untyped. */
declare const library: any;
export default library;
