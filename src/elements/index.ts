// Element classes, without registering them.
export {};
