#!/usr/bin/env bash
set -euo pipefail
cat > /tmp/s3proxy.properties <<PROPS
s3proxy.endpoint=http://0.0.0.0:9000
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=${S3_ACCESS_KEY:?S3_ACCESS_KEY is required}
s3proxy.credential=${S3_SECRET_KEY:?S3_SECRET_KEY is required}
s3proxy.ignore-unknown-headers=true
jclouds.provider=transient
jclouds.identity=local
jclouds.credential=local
PROPS
exec java -Xmx256m -XX:+UseSerialGC -cp "/opt/s3proxy/*" org.gaul.s3proxy.Main --properties /tmp/s3proxy.properties
