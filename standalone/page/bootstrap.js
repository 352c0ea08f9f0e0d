/*
 * Kibana's bootstrap globals, as Kibana's bootstrap_renderer sets them up before any bundle loads: the
 * bundle registry (defining a key twice throws) and each plugin bundle's public path (from a meta tag).
 * A file, not an inline script: the page's CSP, like Kibana's, forbids inline scripts.
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
