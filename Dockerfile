# Frontline: one image for every role (watch worker, dashboard, CLI). Build: docker build -t frontline .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Frontline.Cli -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The gazetteer snapshot and imported GeoNames places are cached here (a volume keeps them across restarts).
ENV FRONTLINE_CACHE=/var/cache/frontline
# The CLI turns tiered compilation off (batches of a few thousand articles finish sooner with fully optimized code from
# the first call); the image runs long-lived workers and the dashboard, which gain from tiered, profile-guided code.
ENV DOTNET_TieredCompilation=1
RUN mkdir -p /var/cache/frontline /data && chown app:app /var/cache/frontline /data
USER app
ENTRYPOINT ["dotnet", "/app/frontline.dll"]
CMD ["--help"]
