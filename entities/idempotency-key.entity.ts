import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from './columns';

/**
 * A key claimed by a committed write. Inserted in the write's own transaction, so a refused
 * or failed write leaves the key free; the primary key makes racing repeats collide.
 */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'varchar', length: 128 }) key: string;
  @Column({ type: 'varchar', length: 64 }) operation: string;
  /** sha256 of the operation and its normalised input. */
  @Column({ type: 'varchar', length: 64 }) fingerprint: string;
  @Column({ type: 'text' }) response: string;
  @Column({ type: 'varchar', length: 128 }) actorId: string;
  @Column(instantColumn) createdAt: Date;
}
