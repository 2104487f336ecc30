import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { CORE_SCHEMA, type WorkspaceMemberRole } from 'twenty-shared';

import { User } from './user.entity';
import { Workspace } from './workspace.entity';

// Relation<> keeps the decorator metadata from naming the related class:
// the entities import each other, and under SWC reading a class before its
// module has finished loading throws instead of giving undefined.
@Entity({ name: 'workspace_member', schema: CORE_SCHEMA })
@Unique('UQ_workspace_member_workspace_user', ['workspaceId', 'userId'])
export class WorkspaceMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, (workspace) => workspace.members, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'workspaceId' })
  workspace: Relation<Workspace>;

  @Index('IDX_workspace_member_user_id')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, (user) => user.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User>;

  @Column({ type: 'varchar', default: 'member' })
  role: WorkspaceMemberRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
