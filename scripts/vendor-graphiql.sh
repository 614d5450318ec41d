#!/bin/sh
# Reproduces roost/static/graphiql/vendor/: the pinned minified builds GraphiQL needs in the
# browser (GraphiQL, React, ReactDOM, the graphql-ws client), fetched from the npm registry with
# `npm pack` and checked against the integrity recorded below, so that the page at /graphql
# loads nothing from another host. Change a version here, run the script, commit the result.
set -eu

cd "$(dirname "$0")/.."
DEST=roost/static/graphiql/vendor

# package@version  npm integrity (sha512 of the tarball, as `npm view P@V dist.integrity` prints)
PINS="
graphiql@4.1.2 sha512-rNlzQIAzm6i2KBXmVQWBgLvt0TloxFVB2d18bukvdsvjEuFDHsKx5IVOomL1W1o5WW+tE54+ioHb2AEKzO2cUg==
react@18.3.1 sha512-wS+hAgJShR0KhEvPJArfuPVN1+Hz1t0Y6n5jLrGQbkb4urgPE/0Rve+1kMB1v/oWgHgm4WIcV+i7F2pTVj+2iQ==
react-dom@18.3.1 sha512-5m4nQKp+rZRb09LNH59GM4BxTh9251/ylbKIbpe7TpGxfJ+9kv6BLkLBXIjjspbgbnIBNqlI23tRnTWT0snUIw==
graphql-ws@6.4.2 sha512-wxhPhhOGJo8PbGDkBYVE76sZLDrS+GkyrR4bZECSLVbo0pZZNKs0HtBh2Ip/uaUuiVUxwO9ssI9R92buQfNSqQ==
"

# package  file in its tarball  name under $DEST
FILES="
graphiql package/graphiql.min.js graphiql.min.js
graphiql package/graphiql.min.css graphiql.min.css
graphiql package/LICENSE graphiql.LICENSE
react package/umd/react.production.min.js react.production.min.js
react package/LICENSE react.LICENSE
react-dom package/umd/react-dom.production.min.js react-dom.production.min.js
react-dom package/LICENSE react-dom.LICENSE
graphql-ws package/umd/graphql-ws.min.js graphql-ws.min.js
graphql-ws package/LICENSE.md graphql-ws.LICENSE
"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "$PINS" | while read -r spec integrity; do
	[ -n "$spec" ] || continue
	name=${spec%@*}
	(cd "$work" && npm pack --silent "$spec" >/dev/null)
	tarball=$(ls "$work"/"$(echo "$name" | tr -d @ | tr / -)"-*.tgz)
	actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
	if [ "$actual" != "$integrity" ]; then
		echo "vendor-graphiql: $spec has integrity $actual, expected $integrity" >&2
		exit 1
	fi
	mkdir -p "$work/$name"
	tar -xzf "$tarball" -C "$work/$name"
done

rm -rf "$DEST"
mkdir -p "$DEST"
echo "$FILES" | while read -r name path target; do
	[ -n "$name" ] || continue
	cp "$work/$name/$path" "$DEST/$target"
done
echo "$PINS" | awk 'NF { print $1 }' >"$DEST/VERSIONS"
du -sh "$DEST"
