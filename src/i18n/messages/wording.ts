/** The wording of the exported documents (always printed in Vietnamese). */
import type { Catalogue } from '../catalogue.js';

export const WORDING = {
} as const satisfies Catalogue;
