import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn, jsonColumn, JsonObject } from './columns';

/** Who changed what, written in the same transaction as the change. Append-only. */
@Entity('audit_log')
@Index('idx_audit_entity', ['entityType', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'varchar', length: 128 }) actorId: string;
  @Column({ type: 'varchar', length: 128 }) actorRoles: string;
  @Column({ type: 'varchar', length: 64 }) action: string;
  @Column({ type: 'varchar', length: 32 }) entityType: string;
  @Column({ type: 'varchar', length: 64 }) entityId: string;
  @Column(jsonColumn) before: JsonObject | null;
  @Column(jsonColumn) after: JsonObject | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) requestId: string | null;
  @Column(instantColumn) createdAt: Date;
}
