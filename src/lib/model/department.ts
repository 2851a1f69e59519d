import { z } from 'zod';

/** content/<slug>/department.json */
export const departmentSchema = z.object({
  name: z.string().min(1),
  code: z.string().nullable(),
  level: z.enum(['municipal', 'district']),
  district: z.string().nullable(),
  /** Slug of the department whose document consolidates this unit's budget. */
  parent: z.string().nullable(),
  notes: z.string().optional(),
});
export type DepartmentMeta = z.output<typeof departmentSchema>;
export type Department = DepartmentMeta & { slug: string; years: number[] };
