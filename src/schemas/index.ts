// booking-elements/schemas: zod/mini schemas for the business configuration and every adapter payload.
export {};
