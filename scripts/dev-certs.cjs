// Development HTTPS certificates from office-addin-dev-certs, without prompts.
// Windows and macOS: generate and trust the CA as office-addin-dev-certs does. Linux (and CI): trusting needs
// sudo, so we only generate the files in ~/.office-addin-dev-certs and say how to trust the CA by hand.
const fs = require("node:fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

function filesExist() {
  return [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath].every(
    (file) => fs.existsSync(file),
  );
}

function expired() {
  try {
    const { X509Certificate } = require("node:crypto");
    const cert = new X509Certificate(fs.readFileSync(defaults.localhostCertificatePath));
    return new Date(cert.validTo).getTime() < Date.now() + 24 * 3600 * 1000;
  } catch {
    return true;
  }
}

/** Returns { ca, key, cert, trusted, caPath } for an HTTPS server on localhost. */
async function ensureDevCerts() {
  let trusted = false;
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      await devCerts.ensureCertificatesAreInstalled();
      trusted = true;
    } catch (error) {
      console.warn(`Could not trust the development CA automatically: ${error.message}`);
    }
  }
  if (!filesExist() || expired()) {
    fs.mkdirSync(defaults.certificateDirectory, { recursive: true });
    await devCerts.generateCertificates();
  }
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    trusted,
    caPath: defaults.caCertificatePath,
  };
}

module.exports = { ensureDevCerts };
