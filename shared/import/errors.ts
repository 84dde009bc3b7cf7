/** An import refused for a reason the user can act on; importDocument turns it into `{ ok: false, error }`. */
export class ImportRefusal extends Error {}
