/*
 * Plays Kibana core for the one plugin on the page: builds a minimal CoreSetup/CoreStart (http.post against
 * the standalone server's routes, theme, i18n, toasts, ui settings from the server), runs the plugin's
 * setup and start as core does, and mounts the app it registers into #app. Runs after the shared-deps and
 * plugin bundles; the settings come from a meta tag (no inline script under the CSP).
 */
(function () {
  var config = JSON.parse(document.querySelector('meta[name="hunt-eda-standalone"]').getAttribute('content'));
  var deps = window.__kbnSharedDeps__;
  var theme$ = new deps.Rxjs.BehaviorSubject({ darkMode: false, name: 'borealis' });

  /* Kibana's IHttpFetchError shape: the route's error body in `body`, the status in `response`. */
  function fetchError(path, response, body) {
    var message = body && typeof body.message === 'string' ? body.message : path + ' failed: ' + response.status + ' ' + response.statusText;
    var error = new Error(message);
    error.name = 'HttpFetchError';
    error.request = { url: path };
    error.response = response;
    error.body = body;
    return error;
  }

  function request(method, path, options) {
    options = options || {};
    var headers = Object.assign({ 'content-type': 'application/json', 'kbn-xsrf': 'hunt-eda', 'x-elastic-internal-origin': 'Kibana' }, options.headers || {});
    return fetch(config.basePath + path, { method: method, headers: headers, body: options.body, signal: options.signal, credentials: 'same-origin' }).then(function (response) {
      return response.text().then(function (text) {
        var body;
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch (parseError) {
          body = text;
        }
        if (!response.ok) throw fetchError(path, response, body);
        return body;
      });
    });
  }

  var http = {
    basePath: { get: function () { return config.basePath; }, prepend: function (path) { return config.basePath + path; }, remove: function (path) { return path; } },
    fetch: function (path, options) { return request((options && options.method) || 'GET', path, options); },
    get: function (path, options) { return request('GET', path, options); },
    post: function (path, options) { return request('POST', path, options); },
    put: function (path, options) { return request('PUT', path, options); },
    delete: function (path, options) { return request('DELETE', path, options); },
  };

  var toastList = [];
  function toast(color) {
    return function (input) {
      var item = typeof input === 'string' ? { title: input } : input;
      toastList.push(Object.assign({ color: color }, item));
      if (color === 'danger') console.error(item.title, item.text || '');
      return item;
    };
  }
  var toasts = { add: toast('primary'), addSuccess: toast('success'), addInfo: toast('primary'), addWarning: toast('warning'), addDanger: toast('danger'), addError: function (error, options) { return toast('danger')({ title: (options && options.title) || error.message, text: error.message }); }, remove: function () {}, get$: function () { return new deps.Rxjs.BehaviorSubject(toastList); } };

  var settings = config.uiSettings || {};
  var uiSettings = {
    get: function (key, defaultValue) { return Object.prototype.hasOwnProperty.call(settings, key) ? settings[key] : defaultValue; },
    get$: function (key, defaultValue) { return new deps.Rxjs.BehaviorSubject(uiSettings.get(key, defaultValue)); },
    isDefault: function () { return true; },
  };

  var coreStart = {
    http: http,
    theme: { theme$: theme$, getTheme: function () { return theme$.getValue(); } },
    i18n: { Context: function (props) { return props.children; } },
    analytics: { reportEvent: function () {} },
    executionContext: { set: function () {}, get: function () { return {}; }, clear: function () {} },
    notifications: { toasts: toasts },
    application: {
      capabilities: { huntEda: { show: true } },
      navigateToUrl: function (url) { window.location.assign(url); return Promise.resolve(); },
      navigateToApp: function () { return Promise.resolve(); },
      getUrlForApp: function (appId) { return '/app/' + appId; },
    },
    chrome: { setBreadcrumbs: function () {}, docTitle: { change: function (title) { document.title = [].concat(title).join(' - '); }, reset: function () {} } },
    uiSettings: uiSettings,
    userProfile: {},
  };

  var apps = [];
  var initializerContext = { config: { get: function () { return {}; } }, env: { mode: { dev: false, prod: true }, packageInfo: { version: config.kibanaVersion } } };
  var plugin = window.__kbnBundles__.get('plugin/' + config.pluginId + '/public').plugin(initializerContext);
  plugin.setup({ application: { register: function (app) { apps.push(app); } }, getStartServices: function () { return Promise.resolve([coreStart, {}, {}]); }, http: http, notifications: { toasts: toasts }, uiSettings: uiSettings });
  plugin.start(coreStart);
  var app = apps.filter(function (candidate) { return candidate.id === config.pluginId; })[0];
  if (!app) throw new Error('the plugin registered no app "' + config.pluginId + '"');
  document.title = app.title;

  var listeners = [];
  var history = {
    get location() { return { pathname: window.location.pathname, search: window.location.search, hash: window.location.hash, state: window.history.state }; },
    listen: function (listener) { listeners.push(listener); return function () { listeners = listeners.filter(function (l) { return l !== listener; }); }; },
    push: function (path, state) { window.history.pushState(state, '', path); listeners.forEach(function (l) { l(history.location, 'PUSH'); }); },
    replace: function (path, state) { window.history.replaceState(state, '', path); listeners.forEach(function (l) { l(history.location, 'REPLACE'); }); },
    createHref: function (location) { return typeof location === 'string' ? location : location.pathname || '/'; },
  };
  window.addEventListener('popstate', function () { listeners.forEach(function (l) { l(history.location, 'POP'); }); });

  window.__huntEdaStandalone__ = { config: config, toasts: toastList };
  Promise.resolve(app.mount({ element: document.getElementById('app'), history: history, appBasePath: '/app/' + config.pluginId, onAppLeave: function () {}, setHeaderActionMenu: function () {}, theme$: theme$ })).then(
    function (unmount) { window.__huntEdaStandalone__.unmount = unmount; document.body.setAttribute('data-hunt-eda-mounted', 'true'); },
    function (error) { console.error('mounting the app failed: ' + error.message); },
  );
})();
