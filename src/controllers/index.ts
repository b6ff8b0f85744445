export * from './locale-controller.js';
