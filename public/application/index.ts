export { renderApp } from './render_app';
