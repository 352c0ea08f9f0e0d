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
      /* One user, so `save` (Kibana's `all` privilege) whenever the server keeps saved views; `savedViews: false` hides them. */
      capabilities: { huntEda: { show: true, save: config.savedViews === true, savedViews: config.savedViews === true } },
      navigateToUrl: function (url) { window.location.assign(url); return Promise.resolve(); },
      navigateToApp: function () { return Promise.resolve(); },
      getUrlForApp: function (appId) { return '/app/' + appId; },
    },
    chrome: { setBreadcrumbs: function () {}, docTitle: { change: function (title) { document.title = [].concat(title).join(' - '); }, reset: function () {} } },
    uiSettings: uiSettings,
    userProfile: {},
  };

  /*
   * Stand-ins for the Kibana plugins Hunt EDA depends on, reduced to what it calls. There are no data views,
   * saved objects or Discover here: the app reads its index, time range and preset from the URL, which is
   * filled below from the server's suggestion when the user opened the bare address.
   */
  var Moment = deps.Moment.default || deps.Moment;
  var UNITS = { s: 'seconds', m: 'minutes', h: 'hours', d: 'days', w: 'weeks', M: 'months', y: 'years' };
  function resolveTime(value) {
    var relative = /^now(?:([+-])(\d+)([smhdwMy]))?(?:\/([smhdwMy]))?$/.exec(value);
    if (!relative) return Moment.utc(value);
    var time = Moment.utc();
    if (relative[1]) time = relative[1] === '-' ? time.subtract(Number(relative[2]), UNITS[relative[3]]) : time.add(Number(relative[2]), UNITS[relative[3]]);
    return relative[4] ? time.startOf(UNITS[relative[4]]) : time;
  }
  var currentTime = { from: 'now-24h', to: 'now' };
  var locators = {
    create: function (definition) {
      return {
        id: definition.id,
        getLocation: function (params) { return Promise.resolve(definition.getLocation(params)); },
        getUrl: function (params) { return Promise.resolve(definition.getLocation(params)).then(function (location) { return '/app/' + location.app + location.path; }); },
        navigate: function () { return Promise.resolve(); },
      };
    },
    get: function () { return undefined; },
  };
  var share = { url: { locators: locators } };
  var setupPlugins = { embeddable: { registerReactEmbeddableFactory: function () {} }, share: share };
  var startPlugins = {
    data: {
      query: {
        timefilter: { timefilter: { getTime: function () { return currentTime; }, setTime: function (time) { currentTime = time; }, calculateBounds: function (range) { return { min: resolveTime(range.from), max: resolveTime(range.to) }; } } },
        queryString: { getQuery: function () { return { query: '', language: 'kuery' }; } },
        filterManager: { getFilters: function () { return []; } },
      },
    },
    dataViews: {
      get: function () { return Promise.reject(new Error('the standalone server has no saved data views; open the app with ?index=<dataset>')); },
      getDefault: function () { return Promise.resolve(null); },
    },
    share: share,
    uiActions: { registerAction: function () {}, attachAction: function () {} },
  };

  var apps = [];
  var initializerContext = { config: { get: function () { return {}; } }, env: { mode: { dev: false, prod: true }, packageInfo: { version: config.kibanaVersion } } };
  var plugin = window.__kbnBundles__.get('plugin/' + config.pluginId + '/public').plugin(initializerContext);
  plugin.setup({ application: { register: function (app) { apps.push(app); } }, getStartServices: function () { return Promise.resolve([coreStart, startPlugins, {}]); }, http: http, notifications: { toasts: toasts }, uiSettings: uiSettings }, setupPlugins);
  plugin.start(coreStart, startPlugins);
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

  /* The bare address opens the analysis the server suggests (the dataset, preset and time range that fit). */
  function withSuggestion() {
    var search = new URLSearchParams(window.location.search);
    if (search.has('index') || search.has('dataView') || search.has('view')) return Promise.resolve();
    return request('GET', config.infoPath).then(function (info) {
      var choices = [['conversations', 'conversations'], ['http_timeline', 'http']];
      for (var i = 0; i < choices.length; i++) {
        var suggestion = info.suggestions[choices[i][0]];
        if (suggestion && suggestion.index) {
          ['token'].forEach(function (key) { search.delete(key); });
          search.set('index', suggestion.index);
          search.set('analysis', choices[i][1]);
          search.set('mapping', suggestion.preset);
          search.set('from', suggestion.time_range.from);
          search.set('to', suggestion.time_range.to);
          currentTime = { from: suggestion.time_range.from, to: suggestion.time_range.to };
          window.history.replaceState(null, '', window.location.pathname + '?' + search.toString());
          return;
        }
      }
    }, function (error) { console.warn('no suggestion from ' + config.infoPath + ': ' + error.message); });
  }

  window.__huntEdaStandalone__ = { config: config, toasts: toastList };
  withSuggestion().then(function () { return app.mount({ element: document.getElementById('app'), history: history, appBasePath: '/app/' + config.pluginId, onAppLeave: function () {}, setHeaderActionMenu: function () {}, theme$: theme$ }); }).then(
    function (unmount) { window.__huntEdaStandalone__.unmount = unmount; document.body.setAttribute('data-hunt-eda-mounted', 'true'); },
    function (error) { console.error('mounting the app failed: ' + error.message); },
  );
})();
