import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CORE_SCHEMA } from 'twenty-shared';

import { Workspace } from './workspace.entity';
import { WorkspaceMember } from './workspace-member.entity';

@Entity({ name: 'user', schema: CORE_SCHEMA })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', unique: true })
  email: string;

  @Column({ type: 'varchar', default: '' })
  firstName: string;

  @Column({ type: 'varchar', default: '' })
  lastName: string;

  @Column({ type: 'uuid', nullable: true })
  defaultWorkspaceId: string | null;

  @ManyToOne(() => Workspace, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'defaultWorkspaceId' })
  defaultWorkspace: Relation<Workspace | null>;

  @OneToMany(() => WorkspaceMember, (member) => member.user)
  memberships: Relation<WorkspaceMember[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
