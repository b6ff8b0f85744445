// booking-elements/testing: the adapter contract suite, for adapter authors.
export { runAdapterContract, type ContractAdapter, type ContractInit, type ContractOptions } from './contract.js';
export { CONTRACT_NOW, CLINIC, ANNEX, PRIVATE, contractConfig, cph } from './fixture.js';
export { ContractAssertionError } from './assert.js';
