// booking-elements/testing: the adapter contract suite, for adapter authors.
export {};
