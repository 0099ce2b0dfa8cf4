/**
 * `Metadata.Pipewright` in an exported template: what the resources alone cannot say, so that
 * importing the template gives the diagram back. CloudFormation ignores template metadata
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/metadata-section-structure.html).
 *
 * - `Nodes`: services with no resource type (a producer application, devices, an on-premises
 *   database), by the id the export gave them.
 *   A node a wired edge reaches (a Firehose's Snowflake destination) names the `Parameters` the
 *   template takes in its place.
 *   An external node carries its `External` reference.
 * - `Supporting`: parameters the export added for its own needs (a backup bucket).
 * - `Connections`: every edge, by logical id (`Table.StreamArn` for a table's stream). The
 *   importer draws the ones the resources do not already carry: a function's writes, which a
 *   template only shows as a grant and an environment variable, or a query engine's reads.
 */
import { z } from 'zod'
import { SERVICE_IDS } from '../../catalog/services'
import { DIAGRAM_LIMITS } from '../../diagram/schema'

/** The suffix that names a table's stream rather than the table. */
export const STREAM_SUFFIX = '.StreamArn'

const endpoint = z.string().min(1).max(300)

export const pipewrightMetadataSchema = z.looseObject({
  LeftToUser: z.array(z.string().max(2000)).max(10_000).optional(),
  Nodes: z
    .array(
      z.strictObject({
        Id: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,254}$/),
        Service: z.enum(SERVICE_IDS),
        Label: z.string().max(DIAGRAM_LIMITS.maxLabelLength).optional(),
        /** The parameters the template takes in its place (its ARN, its name; a Snowflake account URL). */
        Parameters: z
          .array(z.string().regex(/^[A-Za-z0-9]{1,255}$/))
          .max(20)
          .optional(),
        /** The node was external in the diagram: its reference. */
        External: z.string().min(1).max(DIAGRAM_LIMITS.maxLabelLength).optional()
      })
    )
    .max(DIAGRAM_LIMITS.maxNodes)
    .optional(),
  /** Parameters the export added for its own needs (a backup bucket): not nodes of the diagram. */
  Supporting: z.array(z.string().max(255)).max(DIAGRAM_LIMITS.maxNodes).optional(),
  Connections: z
    .array(
      z.strictObject({
        From: endpoint,
        To: endpoint,
        Mechanism: z.string().min(1).max(100).optional()
      })
    )
    .max(DIAGRAM_LIMITS.maxEdges)
    .optional()
})

export type PipewrightMetadata = z.infer<typeof pipewrightMetadataSchema>
