/**
 * The shell lines of one shard: for each target, the affected projects
 * that have it, from `nx show projects --affected --withTarget`, sorted by
 * name and dealt round-robin, so that every runner computes the same split
 * and each project lands on exactly one shard. SHARD (1-based) and SHARDS
 * come from the environment.
 */
export function buildShardScript(nx: string, targets: string[]): string {
  const pick =
    'node -e \'const all=JSON.parse(require("fs").readFileSync(0,"utf8")).sort();' +
    'const [shard,total]=process.argv.slice(1).map(Number);' +
    'console.log(all.filter((_,i)=>i%total===shard-1).join(","))\' "$SHARD" "$SHARDS"';
  return [
    `for target in ${targets.join(' ')}; do`,
    `  projects=$(${nx} show projects --affected --withTarget="$target" --json | ${pick})`,
    '  if [ -z "$projects" ]; then',
    '    echo "Shard $SHARD/$SHARDS: no affected project has $target."',
    '    continue',
    '  fi',
    '  echo "Shard $SHARD/$SHARDS runs $target on $projects"',
    `  ${nx} run-many -t "$target" -p "$projects" --parallel=3`,
    'done',
    '',
  ].join('\n');
}
