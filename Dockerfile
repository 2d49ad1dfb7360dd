# pwib in een container: de conformiteitssuite (en de referentie) zonder Python op de machine van de leverancier.
#   docker build -t pwib .
#   docker run --rm -v "$PWD/rapport:/rapport" pwib conformance --target https://leverancier.example/api/v1
# Stap 1 bouwt de wheel (die draagt het contract, de features en de fixtures); stap 2 installeert alleen die
# wheel met de vastgepinde runtime-afhankelijkheden, en draait als gewone gebruiker.

FROM python:3.11-slim AS bouw
WORKDIR /bron
COPY . .
RUN pip install --no-cache-dir setuptools==84.2.1 \
    && pip wheel --no-cache-dir --no-deps --no-build-isolation --wheel-dir /wheels .

FROM python:3.11-slim
COPY requirements.lock /tmp/requirements.lock
COPY --from=bouw /wheels /tmp/wheels
RUN pip install --no-cache-dir -r /tmp/requirements.lock \
    && pip install --no-cache-dir --no-deps /tmp/wheels/pwib-*.whl \
    && rm -rf /tmp/wheels /tmp/requirements.lock \
    && useradd --create-home --uid 10001 pwib \
    && mkdir /rapport && chown pwib /rapport
USER 10001
WORKDIR /rapport
ENTRYPOINT ["pwib"]
CMD ["conformance", "--help"]
