/* Registers the public entry with Kibana's bundle loader, as @kbn/optimizer's entry creator does:
 * `__kbnBundles__.get('plugin/huntEda/public')` then runs `__webpack_require__(<id of public/index>)`.
 * `require.resolve` alone gives no consumer of the module's exports, so production tree shaking would drop
 * `plugin`; reading it here keeps it, and fails loudly if public/index stops exporting it. */
var publicEntry = require('../../../public/index.ts');
if (typeof publicEntry.plugin !== 'function') {
  throw new Error('huntEda: public/index.ts must export a function named plugin');
}
// eslint-disable-next-line no-undef
__kbnBundles__.define('plugin/huntEda/public', __webpack_require__, require.resolve('../../../public/index.ts'));
