import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from './columns';

/** One row (id 1): bumped by every configuration write, so every process's catalog cache sees it. */
@Entity('catalog_version')
export class CatalogVersion {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) version: number;
  @Column(instantColumn) updatedAt: Date;
}
