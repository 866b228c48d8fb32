/** Combines several property decorators into one. */
export const applyDecorators = (...decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => {
  for (const d of decorators) d(target, key);
};
