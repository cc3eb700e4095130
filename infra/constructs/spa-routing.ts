import { Function as CloudFrontFunction, FunctionCode, FunctionRuntime } from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';

// A path whose last segment has no dot is a client-side route (/employers/42),
// so the browser gets index.html and React Router takes over; files keep their path.
const rewriteRoutesToIndex = `function handler(event) {
  var request = event.request;
  var last = request.uri.substring(request.uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

/**
 * The single-page-app fallback as a viewer-request function on the S3 behaviour
 * only. Distribution-wide error responses (403/404 → index.html) would also
 * rewrite the API's own 404 problem responses under /v1 into a 200 HTML page.
 */
export class SpaRouting extends Construct {
  readonly function: CloudFrontFunction;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.function = new CloudFrontFunction(this, 'Function', {
      comment: 'Serves index.html for client-side routes',
      code: FunctionCode.fromInline(rewriteRoutesToIndex),
      runtime: FunctionRuntime.JS_2_0,
    });
  }
}
