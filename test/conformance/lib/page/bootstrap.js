/*
 * Kibana's bootstrap globals, as src/core/packages/rendering/server-internal/src/bootstrap/bootstrap_renderer.ts
 * sets them up before any bundle loads: the bundle registry (defining a key twice throws) and the public
 * path of each plugin bundle. Served as a file because the page's CSP, like Kibana's, forbids inline scripts.
 */
(function () {
  var modules = {};
  window.__kbnBundles__ = {
    has: function (key) {
      return Object.prototype.hasOwnProperty.call(modules, key);
    },
    define: function (key, bundleRequire, bundleModuleKey) {
      if (Object.prototype.hasOwnProperty.call(modules, key)) throw new Error('__kbnBundles__ already has a module defined for "' + key + '"');
      modules[key] = { bundleRequire: bundleRequire, bundleModuleKey: bundleModuleKey };
    },
    get: function (key) {
      if (!Object.prototype.hasOwnProperty.call(modules, key)) throw new Error('__kbnBundles__ has no module defined for "' + key + '"');
      return modules[key].bundleRequire(modules[key].bundleModuleKey);
    },
  };
  window.__kbnPublicPath__ = JSON.parse(document.querySelector('meta[name="kbn-public-paths"]').getAttribute('content'));
})();
