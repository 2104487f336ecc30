export { createNodes, createNodesV2 } from './plugin/create-nodes';
export { createDependencies } from './plugin/create-dependencies';
export type { DevopsPluginOptions } from './plugin/plugin-options';
