import { LocalDateResolver } from 'graphql-scalars';

/** Calendar dates without a time of day (renewal dates): `2026-12-31`. */
export const LocalDateScalar = LocalDateResolver;
